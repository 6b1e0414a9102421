public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ResumeVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let resumeVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "c3a53a2d9540cd446bf3f7a454593364",
            "name": "name",
            "description": "description",
            "zoneUuid": "aea017d4ca613c126326b3cb819299d9",
            "clusterUuid": "0130ef2d45e448a37badfa2d354234d1",
            "imageUuid": "41b2a5f029e9e8169f86edfb383dd478",
            "hostUuid": "e2cc53b925556ad63ef9cbce215dfed4",
            "lastHostUuid": "52ec15227c54363266baef04fa2a6d6d",
            "instanceOfferingUuid": "8f610dfb5a78f4a9b6e4c9d081ebbe64",
            "rootVolumeUuid": "aa568f3865cdf1b4071948c0f71dcc99",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "27b1ec7a930cd30ecff49ff482c427bb",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "889baf06c40a9374f7e93eac08c18bd5",
                "vmInstanceUuid": "bd4b3a9e8f657a60186142bb22dc5e69",
                "l3NetworkUuid": "39aa659ec3ee3822ed2b39f6130fa3e8",
                "ip": "ip",
                "mac": "mac",
                "hypervisorType": "hypervisorType",
                "netmask": "netmask",
                "gateway": "gateway",
                "metaData": "metaData",
                "ipVersion": 1,
                "driverType": "driverType",
                "usedIps": [
                  {
                    "uuid": "b5375626c179fbecc1e76db57a4d16b5",
                    "ipRangeUuid": "6ed4ae5776f1265fa45e7427d3b7e98a",
                    "l3NetworkUuid": "c4d01aa54bd7a7fe341c7c33064b8eb4",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "843e8a62277008e2a732e1531dd95884",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "internalName": "internalName",
                "deviceId": 1,
                "type": "type",
                "state": "state",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "allVolumes": [
              {
                "uuid": "fea3caaf9a9c290c58b65a95b5e4a172",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "2c5a0d6cd08c1ced22c0105ae333bf25",
                "vmInstanceUuid": "ed9d2a78221d24501fda7807b1d37d7e",
                "diskOfferingUuid": "94e10c0b5864aeb7a045658394572573",
                "rootImageUuid": "3f60571f20c519d2e3b8907709956157",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "ad965e424a537b783687932ab7fa59e0"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "9d91f970d3780a75aab59caa5a4d0d49",
                "vmInstanceUuid": "5c956080e2f6854d9111d39d0880ccdc",
                "deviceId": 1,
                "isoUuid": "3316562ace3460e3c012d549990dde6f",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func resumeVmInstance(
        _ request: ResumeVmInstance.Request
    ) async throws -> ResumeVmInstance.Response {
        try Self.example(ResumeVmInstance.Response.self, json: Self.resumeVmInstanceExample)
    }
}
