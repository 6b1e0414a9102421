public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryClusterExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "name": "name",
              "uuid": "90fe0973ee26da8a0d65a7af992b7c08",
              "description": "description",
              "state": "state",
              "hypervisorType": "hypervisorType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "zoneUuid": "013b55f05a7ebec05284e9cbf5b558d6",
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
    public func queryCluster(
        _ request: QueryCluster.Request
    ) async throws -> QueryCluster.Response {
        try Self.example(QueryCluster.Response.self, json: Self.queryClusterExample)
    }
}
