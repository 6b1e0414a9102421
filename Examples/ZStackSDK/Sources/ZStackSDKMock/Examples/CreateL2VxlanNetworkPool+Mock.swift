public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2VxlanNetworkPool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2VxlanNetworkPoolExample = #"""
        {
          "success": true,
          "inventory": {
            "attachedVtepRefs": [
              {
                "uuid": "a99c75dd023358d5371736b91b12f7b1",
                "hostUuid": "6136a3f3b9ec72bfb031e4530370b83c",
                "vtepIp": "vtepIp",
                "port": 1,
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "poolUuid": "c6f9f342faab03cb31a0f32b094c88be"
              }
            ],
            "attachedVxlanNetworkRefs": [
              {
                "vni": 1,
                "poolUuid": "1adf446961c813351c6a3a4b8e75a122",
                "uuid": "ca5165fb6ca9d5f712c6c4695fa46a84",
                "name": "name",
                "description": "description",
                "zoneUuid": "50b78859c47453dd8ae869310e9d83ed",
                "physicalInterface": "physicalInterface",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "attachedClusterUuids": [
                  "attachedClusterUuids"
                ]
              }
            ],
            "attachedVniRanges": [
              {
                "uuid": "49044fa0ec523206fffdde7e1ff37475",
                "name": "name",
                "description": "description",
                "startVni": 1,
                "endVni": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "l2NetworkUuid": "7d38bdc562d3008da1c3d14920a6267b"
              }
            ],
            "attachedCidrs": {
              "key": "attachedCidrs"
            },
            "uuid": "3711beb74829bc98009ced3d588cd390",
            "name": "name",
            "description": "description",
            "zoneUuid": "9774fbcedd6cab86fc0943611f773001",
            "physicalInterface": "physicalInterface",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedClusterUuids": [
              "attachedClusterUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createL2VxlanNetworkPool(
        _ request: CreateL2VxlanNetworkPool.Request
    ) async throws -> CreateL2VxlanNetworkPool.Response {
        try Self.example(CreateL2VxlanNetworkPool.Response.self, json: Self.createL2VxlanNetworkPoolExample)
    }
}
