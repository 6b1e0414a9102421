public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetZone``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getZoneExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "24f2e8fbd551027b47d1786f0cf56cb1",
              "name": "name",
              "description": "description",
              "state": "state",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getZone(
        _ request: GetZone.Request
    ) async throws -> GetZone.Response {
        try Self.example(GetZone.Response.self, json: Self.getZoneExample)
    }
}
