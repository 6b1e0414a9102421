public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeDiskOfferingState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeDiskOfferingStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "db3eb4dcaccc0aec55c0502e74e4dba4",
            "name": "name",
            "description": "description",
            "diskSize": 1,
            "sortKey": 1,
            "state": "state",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "allocatorStrategy": "allocatorStrategy"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeDiskOfferingState(
        _ request: ChangeDiskOfferingState.Request
    ) async throws -> ChangeDiskOfferingState.Response {
        try Self.example(ChangeDiskOfferingState.Response.self, json: Self.changeDiskOfferingStateExample)
    }
}
