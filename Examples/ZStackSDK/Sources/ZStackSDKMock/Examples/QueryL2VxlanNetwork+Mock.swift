public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryL2VxlanNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryL2VxlanNetworkExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "vni": 1,
              "poolUuid": "45c314572428e3cc50c1c6afa8163e13",
              "uuid": "80e7d6e07db7f2be75cbaabb8e74e60c",
              "name": "name",
              "description": "description",
              "zoneUuid": "c5c99427f07abda048a30ad58ae79435",
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
    public func queryL2VxlanNetwork(
        _ request: QueryL2VxlanNetwork.Request
    ) async throws -> QueryL2VxlanNetwork.Response {
        try Self.example(QueryL2VxlanNetwork.Response.self, json: Self.queryL2VxlanNetworkExample)
    }
}
