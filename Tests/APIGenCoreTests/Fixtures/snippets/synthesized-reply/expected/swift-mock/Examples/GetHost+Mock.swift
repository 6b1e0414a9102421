public import ZStackClient

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHost``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostExample = #"""
        {
          "inventory": {
            "uuid": "75c69db33097e72e0b3bd614830562a1",
            "zoneUuid": "e20f7f5959498aac60cdb47bb0c20fbc",
            "name": "host-1",
            "state": "Enabled",
            "cpuNum": 1,
            "load": 1.5,
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "tags": [
              "tags"
            ],
            "capacities": {
              "key": 1
            },
            "extra": {
              "key": "value"
            }
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getHost(
        _ request: GetHost.Request
    ) async throws -> GetHost.Response {
        try Self.example(GetHost.Response.self, json: Self.getHostExample)
    }
}
