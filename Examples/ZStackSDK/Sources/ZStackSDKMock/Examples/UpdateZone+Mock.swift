public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateZoneExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "245e60be8f4618ecf8cecb26a4803811",
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
    public func updateZone(
        _ request: UpdateZone.Request
    ) async throws -> UpdateZone.Response {
        try Self.example(UpdateZone.Response.self, json: Self.updateZoneExample)
    }
}
