public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``StartVmInstance``.
    static let startVmInstanceExample = #"""
        {
          "inventory": {
            "uuid": "a7b1c9d2e3f4a5b6c7d8e9f0a1b2c3d4",
            "name": "web-1",
            "state": "Running",
            "memorySize": 4294967296,
            "cpuNum": 2,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNics": []
          }
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func startVmInstance(
        _ request: StartVmInstance.Request
    ) async throws -> StartVmInstance.Response {
        try Self.example(StartVmInstance.Response.self, json: Self.startVmInstanceExample)
    }
}
