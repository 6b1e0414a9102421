public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateSdnController``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateSdnControllerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "1a25b2fede425d489d06333cfd287d11",
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
                "sdnControllerUuid": "a5b00cf0d874daca95d1b5993aaa7b82",
                "attachedVtepRefs": [
                  {
                    "uuid": "bb794da780b687332580bceddc8bc59f",
                    "hostUuid": "57981dda097bf399e3a5821742b2fead",
                    "vtepIp": "vtepIp",
                    "port": 1,
                    "type": "type",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                    "poolUuid": "d8373601d8a5a2d5a8a002f458deb47c"
                  }
                ],
                "attachedVxlanNetworkRefs": [
                  {
                    "vni": 1,
                    "poolUuid": "6981379404055f7b8de0dd3454dce9de",
                    "uuid": "89544f866ad43a791af04e83d76419e1",
                    "name": "name",
                    "description": "description",
                    "zoneUuid": "12aa0a4fbcd4830f95c882be9d7cb43d",
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
                    "uuid": "85d0b9257cda0ff84a315f1c9e714109",
                    "name": "name",
                    "description": "description",
                    "startVni": 1,
                    "endVni": 1,
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                    "l2NetworkUuid": "db509dfe2c43259f609550de8cff74a5"
                  }
                ],
                "attachedCidrs": {
                  "key": "attachedCidrs"
                },
                "uuid": "5226fe0eae51f02a96092a5a34314129",
                "name": "name",
                "description": "description",
                "zoneUuid": "b7dd51fbca77cd80e78f25fa02bade07",
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
    public func updateSdnController(
        _ request: UpdateSdnController.Request
    ) async throws -> UpdateSdnController.Response {
        try Self.example(UpdateSdnController.Response.self, json: Self.updateSdnControllerExample)
    }
}
