public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryZoneByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryZoneByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "86e8dcbe7da805c99b5ea5608bc2012f",
              "name": "name",
              "description": "description",
              "state": "state",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryZoneByUuid(
        _ request: QueryZoneByUuid.Request
    ) async throws -> QueryZoneByUuid.Response {
        try Self.example(QueryZoneByUuid.Response.self, json: Self.queryZoneByUuidExample)
    }
}
