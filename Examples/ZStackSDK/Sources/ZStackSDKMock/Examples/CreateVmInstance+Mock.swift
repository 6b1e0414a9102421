public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "54d75f7e5a7217110a1630a36f48e61d",
            "name": "name",
            "description": "description",
            "zoneUuid": "91d549ed71016203099dcddf6c1f3187",
            "clusterUuid": "d043edcee099e4e8ddd4a61449354375",
            "imageUuid": "be15dccb258cd5c586da4a9221848dd4",
            "hostUuid": "ce1e796e5ce60e83f6d68a56ae09667d",
            "lastHostUuid": "1ad1326f2185a6fb07f9a8d4f51773e6",
            "instanceOfferingUuid": "20502f73a7754c448b264d757569f281",
            "rootVolumeUuid": "e170ce822335cbc1c1a423f0a48324d6",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "62fbdc2ae4f22db769c1120a7d3124a8",
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
                "uuid": "b2ebdae1e07e1b758140f8b4902a6df7",
                "vmInstanceUuid": "c49451afd35f0af15d745e2bcbb8aedf",
                "l3NetworkUuid": "7bb61dfc11d9f57dc161d3a48436633a",
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
                    "uuid": "0136b3dd283f1c07630d0bf3ff2f54a6",
                    "ipRangeUuid": "a37fc9e8d45e298aebedc5a0806252e0",
                    "l3NetworkUuid": "ca7b85ce3e790fff3c714fefe7a91ad9",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "4d7a3c4b8184d9b7e22c1877e8d447f5",
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
                "uuid": "0efb680fea72c3dd55e469115dec38a0",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "42f1da62927386b8e8d8e74ce3905ab2",
                "vmInstanceUuid": "18d08697fc8004f1d8622e8d52beb731",
                "diskOfferingUuid": "264be5371671de1e9247cca10ab0b71c",
                "rootImageUuid": "3d3048b887fb6a99bef11c1dc7261364",
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
                "lastVmInstanceUuid": "7dfa3c954e0ee17d8d0d2a1e5cedfdf3"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "b149a782f03d0d4092b592b236caf49a",
                "vmInstanceUuid": "1d2af5eae9cbeda8ef725d28b4f4c59b",
                "deviceId": 1,
                "isoUuid": "7a0eb9e76686d7741e87a861d13eefe7",
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
    public func createVmInstance(
        _ request: CreateVmInstance.Request
    ) async throws -> CreateVmInstance.Response {
        try Self.example(CreateVmInstance.Response.self, json: Self.createVmInstanceExample)
    }
}
