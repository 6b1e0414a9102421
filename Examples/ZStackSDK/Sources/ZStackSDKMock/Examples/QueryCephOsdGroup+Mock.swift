public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCephOsdGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryCephOsdGroupExample = #"""
        {
          "inventories": [
            {
              "primaryStorageUuid": "d20489bf6dbc52d74d10c7fb5266f432",
              "osds": "osds",
              "availableCapacity": 1,
              "availablePhysicalCapacity": 1,
              "totalPhysicalCapacity": 1,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "uuid": "bb415afca2d892d2889e0d25f25f2096"
            }
          ],
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryCephOsdGroup(
        _ request: QueryCephOsdGroup.Request
    ) async throws -> QueryCephOsdGroup.Response {
        try Self.example(QueryCephOsdGroup.Response.self, json: Self.queryCephOsdGroupExample)
    }
}
