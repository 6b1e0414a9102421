public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VlanNetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "vlan": 1,
              "uuid": "e9e079019e88f31d279db16df60332d3",
              "name": "name",
              "description": "description",
              "zoneUuid": "10b838caee7603bb4bde2513f13d16cd",
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
    public func queryL2VlanNetwork(
        _ request: QueryL2VlanNetwork.Request
    ) async throws -> QueryL2VlanNetwork.Response {
        try Self.example(QueryL2VlanNetwork.Response.self, json: Self.queryL2VlanNetworkExample)
    }
}
