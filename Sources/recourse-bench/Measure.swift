import Foundation

/// Timing and memory figures for the benchmark.
enum Measure {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Milliseconds of each of `runs` runs of `body`.
    static func milliseconds(runs: Int, _ body: (Int) throws -> Void) rethrows -> [Double] {
        var samples: [Double] = []
        for run in 0..<runs {
            samples.append(try seconds { try body(run) } * 1000)
        }
        return samples
    }

    /// The value below which `fraction` of the samples fall (nearest rank).
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[index]
    }

    /// Peak resident memory of this process in MB (VmHWM), or 0 when unknown.
    static func peakResidentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return digits / 1024
        }
        return 0
    }

    /// `median 12.3 ms, p99 15.0 ms`.
    static func summary(_ samples: [Double]) -> String {
        String(format: "median %.2f ms, p99 %.2f ms (n=%d)", percentile(samples, 0.5), percentile(samples, 0.99), samples.count)
    }
}
