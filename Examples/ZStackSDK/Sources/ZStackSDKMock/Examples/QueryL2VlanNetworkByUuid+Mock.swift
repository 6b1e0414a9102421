public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VlanNetworkByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VlanNetworkByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "vlan": 1,
              "uuid": "a4adb1294a903611ea9ec335492596f1",
              "name": "name",
              "description": "description",
              "zoneUuid": "1fc69ba4baf9f7c7fbddfbf6458816af",
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
    public func queryL2VlanNetworkByUuid(
        _ request: QueryL2VlanNetworkByUuid.Request
    ) async throws -> QueryL2VlanNetworkByUuid.Response {
        try Self.example(QueryL2VlanNetworkByUuid.Response.self, json: Self.queryL2VlanNetworkByUuidExample)
    }
}
