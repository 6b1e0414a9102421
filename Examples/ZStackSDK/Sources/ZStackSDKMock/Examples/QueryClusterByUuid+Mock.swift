public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryClusterByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryClusterByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "deeee6d7bba42a6afe45ad765b223f7c",
              "description": "description",
              "state": "state",
              "hypervisorType": "hypervisorType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "zoneUuid": "35b7b88de9c51fe8f0b41f2050d447db",
              "type": "type"
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
    public func queryClusterByUuid(
        _ request: QueryClusterByUuid.Request
    ) async throws -> QueryClusterByUuid.Response {
        try Self.example(QueryClusterByUuid.Response.self, json: Self.queryClusterByUuidExample)
    }
}
