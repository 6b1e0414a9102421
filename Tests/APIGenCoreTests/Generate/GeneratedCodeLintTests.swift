import Foundation
import Testing

/// Generated Swift is first-class code: it passes the toolchain's formatter in lint mode under
/// the repository's `.swift-format`, like hand-written code would have to.
@Suite("Generated code style")
struct GeneratedCodeLintTests {
    @Test("swift-format lint --strict finds nothing in the generated clients, servers and mocks")
    func generatedClientsPassLint() throws {
        let (status, output) = try ToolRunner.run(
            [
                "swift-format", "lint", "--strict", "--recursive",
                "--configuration", TestPaths.packageRoot.appendingPathComponent(".swift-format").path,
                "Sources/ZStackClient", "Sources/ZStackServer", "Sources/ZStackMock", "Sources/zstack-mock",
                "Tests/FixtureAPI/Client", "Tests/FixtureAPI/Server", "Tests/FixtureAPI/Mock",
                "Tests/TypeMatrix/Client", "Tests/TypeMatrix/Server", "Tests/TypeMatrix/Mock",
            ], in: TestPaths.packageRoot)
        #expect(status == 0, "\(output)")
        #expect(output.isEmpty, "\(output)")
    }
}
