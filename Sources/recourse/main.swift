print("recourse")
