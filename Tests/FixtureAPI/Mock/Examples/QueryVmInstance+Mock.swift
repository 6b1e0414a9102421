public import FixtureAPI

nonisolated extension FixtureMockHandler {
    /// The documented response example of ``QueryVmInstance``.
    static let queryVmInstanceExample = #"""
        {
          "inventories": [
            {
              "uuid": "a7b1c9d2e3f4a5b6c7d8e9f0a1b2c3d4",
              "name": "web-1",
              "state": "Running",
              "memorySize": 4294967296,
              "cpuNum": 2,
              "hostUuid": "e1d2c3b4a5968778695a4b3c2d1e0f9a",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "vmNics": [
                {
                  "uuid": "b8c2d0e3f4a5b6c7d8e9f0a1b2c3d4e5",
                  "ip": "10.0.0.11",
                  "mac": "fa:16:3e:00:00:0b"
                }
              ]
            }
          ]
        }
        """#

    /// Answers with the documented response example.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The documented response example.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmInstance(
        _ request: QueryVmInstance.Request
    ) async throws -> QueryVmInstance.Response {
        try Self.example(QueryVmInstance.Response.self, json: Self.queryVmInstanceExample)
    }
}
