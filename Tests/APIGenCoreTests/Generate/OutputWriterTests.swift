@testable import APIGenCore
import Foundation
import Testing

/// `OutputWriter` writes a plan's files from several threads; the order it hands them out in
/// and the error it reports must not depend on which thread got there first.
@Suite("Output writer")
struct OutputWriterTests {
    @Test("Writes are handed out one from each run of the sorted list in turn, each exactly once")
    func spreadOrder() {
        #expect(OutputWriter.spreadOrder(count: 7, workers: 2) == [0, 4, 1, 5, 2, 6, 3])
        #expect(OutputWriter.spreadOrder(count: 6, workers: 3) == [0, 2, 4, 1, 3, 5])
        #expect(OutputWriter.spreadOrder(count: 5, workers: 1) == [0, 1, 2, 3, 4])
        #expect(OutputWriter.spreadOrder(count: 2, workers: 8) == [0, 1])
        #expect(OutputWriter.spreadOrder(count: 0, workers: 2) == [])
        for count in 0..<40 {
            for workers in 1...5 {
                #expect(OutputWriter.spreadOrder(count: count, workers: workers).sorted() == Array(0..<count))
            }
        }
    }

    @Test("Of several writes that fail, the first by path is reported")
    func firstFailureByPath() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("apigen-writer-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A folder where a file should go makes that file's write fail.
        let names = (0..<40).map { String(format: "Sources/File%02d.swift", $0) }
        // With two workers File25 is written before File09; File09 is still the one reported.
        for blocked in [names[9], names[25]] {
            try FileManager.default.createDirectory(atPath: folder + "/" + blocked, withIntermediateDirectories: true)
        }
        let entries = names.map { OutputPlan.Entry(path: $0, action: .create, contents: "// \($0)\n", current: nil) }
        let plan = OutputPlan(folder: folder, entries: entries)
        for _ in 0..<5 {
            #expect {
                try OutputWriter.apply(plan)
            } throws: { error in
                "\(error)".contains("File09.swift") && !"\(error)".contains("File25.swift")
            }
        }
        #expect(try String(contentsOfFile: folder + "/" + names[39], encoding: .utf8) == "// \(names[39])\n")
    }
}
