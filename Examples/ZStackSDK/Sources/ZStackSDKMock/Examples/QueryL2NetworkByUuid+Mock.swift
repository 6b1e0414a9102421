public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2NetworkByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2NetworkByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "732e7d5cd57cbbd673ff8bc698ce6305",
              "name": "name",
              "description": "description",
              "zoneUuid": "9bbb298c924ab4dc03e4fa09c58e353b",
              "physicalInterface": "physicalInterface",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "attachedClusterUuids": [
                "attachedClusterUuids"
              ]
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
    public func queryL2NetworkByUuid(
        _ request: QueryL2NetworkByUuid.Request
    ) async throws -> QueryL2NetworkByUuid.Response {
        try Self.example(QueryL2NetworkByUuid.Response.self, json: Self.queryL2NetworkByUuidExample)
    }
}
