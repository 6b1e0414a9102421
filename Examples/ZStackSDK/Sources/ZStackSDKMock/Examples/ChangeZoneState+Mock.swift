public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeZoneState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeZoneStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "6f5a1534d7acbbdd39d889cd971fdc67",
            "name": "name",
            "description": "description",
            "state": "state",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeZoneState(
        _ request: ChangeZoneState.Request
    ) async throws -> ChangeZoneState.Response {
        try Self.example(ChangeZoneState.Response.self, json: Self.changeZoneStateExample)
    }
}
