public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createZoneExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a8c1394b0e01ad979a0c13bc784cc201",
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
    public func createZone(
        _ request: CreateZone.Request
    ) async throws -> CreateZone.Response {
        try Self.example(CreateZone.Response.self, json: Self.createZoneExample)
    }
}
