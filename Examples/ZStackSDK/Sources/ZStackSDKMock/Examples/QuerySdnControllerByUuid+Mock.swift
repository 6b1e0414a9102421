public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QuerySdnControllerByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let querySdnControllerByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "9e4eddf512bf7b45012c35b87cfa4b95",
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
                  "sdnControllerUuid": "ea6f50318482e7cd326f3a77b5c5bac3",
                  "attachedVtepRefs": [
                    {
                      "uuid": "ec2513dd4a75692e7fa6c6ae7f9521d1",
                      "hostUuid": "da94113fa4bd1708c525fe389922773c",
                      "vtepIp": "vtepIp",
                      "port": 1,
                      "type": "type",
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                      "poolUuid": "239a0fc631622a54972fbfff94db6c97"
                    }
                  ],
                  "attachedVxlanNetworkRefs": [
                    {
                      "vni": 1,
                      "poolUuid": "04dc8dcd4b4ec05e53df32392049620d",
                      "uuid": "db1eb004552998087cf08507eca76e7a",
                      "name": "name",
                      "description": "description",
                      "zoneUuid": "dfae0daf633d0d4ae07241a17e2c6a8e",
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
                      "uuid": "1557db442cd6afd7d6d02028f769d57a",
                      "name": "name",
                      "description": "description",
                      "startVni": 1,
                      "endVni": 1,
                      "createDate": "Jan 6, 2017 3:51:16 AM",
                      "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                      "l2NetworkUuid": "c91c400a3727750abc75e808cfc8a3b3"
                    }
                  ],
                  "attachedCidrs": {
                    "key": "attachedCidrs"
                  },
                  "uuid": "2ba3645dc3675baf32f11cfd45e150d3",
                  "name": "name",
                  "description": "description",
                  "zoneUuid": "dc889f0c719bf441b458afcbc063d8f4",
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
    public func querySdnControllerByUuid(
        _ request: QuerySdnControllerByUuid.Request
    ) async throws -> QuerySdnControllerByUuid.Response {
        try Self.example(QuerySdnControllerByUuid.Response.self, json: Self.querySdnControllerByUuidExample)
    }
}
