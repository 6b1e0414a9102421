public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddSdnController``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addSdnControllerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "cb1e2de7f34196952bfac002a06e3b81",
            "vendorType": "vendorType",
            "name": "name",
            "description": "description",
            "ip": "ip",
            "username": "username",
            "password": "password",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vniRanges": [
              {
                "startVni": 1,
                "endVni": 1
              }
            ],
            "vxlanPools": [
              {
                "sdnControllerUuid": "c65dc6632560f9ad1fdef811c41b006d",
                "attachedVtepRefs": [
                  {
                    "uuid": "aad92fddd9ce931682a10302ec1f8652",
                    "hostUuid": "7cf0231299bd4674142fba1dfd817d0b",
                    "vtepIp": "vtepIp",
                    "port": 1,
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                    "poolUuid": "f5657382c06146b8fa371e2af7e939c1"
                  }
                ],
                "attachedVxlanNetworkRefs": [
                  {
                    "vni": 1,
                    "poolUuid": "2ec3b7a7e0a1c046eac2f5988e7c83c7",
                    "uuid": "e5063ff0b8d8f65c73a6b9f9fc206b83",
                    "name": "name",
                    "description": "description",
                    "zoneUuid": "bf6f333c9fdfd6f270b5412c233ba69c",
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
                    "uuid": "7c666fa56f70675f2f5776bf9a22c040",
                    "name": "name",
                    "description": "description",
                    "startVni": 1,
                    "endVni": 1,
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                    "l2NetworkUuid": "65832a0494c8ac7a5a4fa83ddb4f2753"
                  }
                ],
                "attachedCidrs": {
                  "key": "attachedCidrs"
                },
                "uuid": "3478ee0aa6fb6957e8a5e73a9a291820",
                "name": "name",
                "description": "description",
                "zoneUuid": "7b56ed8be5f70da5bf941f08e206efc0",
                "physicalInterface": "physicalInterface",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "attachedClusterUuids": [
                  "attachedClusterUuids"
                ]
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addSdnController(
        _ request: AddSdnController.Request
    ) async throws -> AddSdnController.Response {
        try Self.example(AddSdnController.Response.self, json: Self.addSdnControllerExample)
    }
}
