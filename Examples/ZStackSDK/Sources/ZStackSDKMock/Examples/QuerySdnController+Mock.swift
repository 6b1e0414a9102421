public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySdnController``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySdnControllerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "4802cccfbb7ee599392c418d1ea639cf",
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
                  "sdnControllerUuid": "d738f3cd7752f12122fde35fa2efe775",
                  "attachedVtepRefs": [
                    {
                      "uuid": "66a4c32c8378e94eeda886a756463f0c",
                      "hostUuid": "38f481676873adb4b6b75e44caef731d",
                      "vtepIp": "vtepIp",
                      "port": 1,
                      "type": "type",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                      "poolUuid": "54c0bba221ea4af01ec6054c1e94cffd"
                    }
                  ],
                  "attachedVxlanNetworkRefs": [
                    {
                      "vni": 1,
                      "poolUuid": "ef7db8eef0d01b8edf2707fb2017d9e6",
                      "uuid": "3caa83861b8bfc9c5c7b797e78c35513",
                      "name": "name",
                      "description": "description",
                      "zoneUuid": "6b6949cf60de0e16bc02d4174b70e678",
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
                      "uuid": "6647fbe3659ffafb31bf3d611f4e825f",
                      "name": "name",
                      "description": "description",
                      "startVni": 1,
                      "endVni": 1,
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                      "l2NetworkUuid": "765d3ff8b31e7a6265467e6c1e9dba93"
                    }
                  ],
                  "attachedCidrs": {
                    "key": "attachedCidrs"
                  },
                  "uuid": "130522914fdbe9a3c57684f6d8a48236",
                  "name": "name",
                  "description": "description",
                  "zoneUuid": "8ac1c4721555440d1f7c0c4a25dbc96e",
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
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func querySdnController(
        _ request: QuerySdnController.Request
    ) async throws -> QuerySdnController.Response {
        try Self.example(QuerySdnController.Response.self, json: Self.querySdnControllerExample)
    }
}
