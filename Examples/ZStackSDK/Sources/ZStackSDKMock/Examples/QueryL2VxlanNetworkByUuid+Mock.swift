public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VxlanNetworkByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VxlanNetworkByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "vni": 1,
              "poolUuid": "6070c49fc60170d45888dccedd8ae656",
              "uuid": "0fdc4f5d0fbcf5228f1830d30cdbff7c",
              "name": "name",
              "description": "description",
              "zoneUuid": "88698bda28ab46ac5e58940c4782bcdd",
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
    public func queryL2VxlanNetworkByUuid(
        _ request: QueryL2VxlanNetworkByUuid.Request
    ) async throws -> QueryL2VxlanNetworkByUuid.Response {
        try Self.example(QueryL2VxlanNetworkByUuid.Response.self, json: Self.queryL2VxlanNetworkByUuidExample)
    }
}
