public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmBootOrder``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmBootOrderExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "7b2705771f01d0d02c653590dc11e197",
            "name": "name",
            "description": "description",
            "zoneUuid": "82ae13383ffe2146cf2f6efec498b27e",
            "clusterUuid": "f8bdd422adbab17b28712aa4555c5cfe",
            "imageUuid": "73ad11a88303162e6f192468b12bc5cd",
            "hostUuid": "f524a507caa39156c6e41766b76e7b89",
            "lastHostUuid": "2aba429b83a0eb06c16eca5b74529ce8",
            "instanceOfferingUuid": "dbd97c3d9fa837555e30859b0a86d833",
            "rootVolumeUuid": "ec30e3fd36b9b77c7c4b64ddcd8320c5",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "91c4066e579cda0a71ae60ba7c20f3ed",
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
                "uuid": "92d999e4b14909781bef4044531e5b31",
                "vmInstanceUuid": "032ff3e75ffaf4a0389791b60616ec0c",
                "l3NetworkUuid": "9e7b97c3910e6d16cdf045fa669e3967",
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
                    "uuid": "a990701c3a7ff594f666a019c3996a7e",
                    "ipRangeUuid": "4143a1984216593351a2ec968c7a2d72",
                    "l3NetworkUuid": "8893390a9c25782652c94d71ca49e810",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "c9334f577bc62fee87f9f87ef287511e",
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
                "uuid": "0b8eaf5ea37b8b8c14297c46ee6b977a",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "6fb7502a38497dcda6c7ff0f6ab7f5a1",
                "vmInstanceUuid": "de977cd7f5e810ccec381a7b232cebe0",
                "diskOfferingUuid": "062656ccb82c6a83c815ff9378124c70",
                "rootImageUuid": "69c16566f74b6efa025b71a3d4bc5036",
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
                "lastVmInstanceUuid": "339181cb9c5a2ff0cf5c0c7066439ba6"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "d6370692fa64182d08ba82fc29eab64d",
                "vmInstanceUuid": "2209c54a71faff5943146bf4d1434bc6",
                "deviceId": 1,
                "isoUuid": "420cecebc760206318a72e44e891d899",
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
    public func setVmBootOrder(
        _ request: SetVmBootOrder.Request
    ) async throws -> SetVmBootOrder.Response {
        try Self.example(SetVmBootOrder.Response.self, json: Self.setVmBootOrderExample)
    }
}
