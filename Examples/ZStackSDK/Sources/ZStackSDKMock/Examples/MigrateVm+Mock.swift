public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``MigrateVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let migrateVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "bc4ac4a7da8a02d6bc58a847856afa33",
            "name": "name",
            "description": "description",
            "zoneUuid": "06ae6bbdc0400ffc667381e86940d94e",
            "clusterUuid": "7ec50ba6a4acbad1df80d150900d2bb8",
            "imageUuid": "f6ccd8b5fd7b9ffc7ce78fe4b0a2d5c1",
            "hostUuid": "42f79b3eac24bc7c49895a30553afcb0",
            "lastHostUuid": "fae9c31b6b1c2dfcfe0d96b99704904c",
            "instanceOfferingUuid": "671f38a5308dc6039403d28a94fab349",
            "rootVolumeUuid": "f6cf1db183a0b8caa87dad21332c4dce",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "b937776afcf980704808ba837ca36133",
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
                "uuid": "ea7208f263cd5f3e941a58e8fea63756",
                "vmInstanceUuid": "ae8fa134ee739a2ea40bffb4e41c20d1",
                "l3NetworkUuid": "64fbd14051f94264847fec6d6e490366",
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
                    "uuid": "ed5fc9caac01c95e42d394d6999da6ad",
                    "ipRangeUuid": "53e984a622b521459a9ea57f10ad8072",
                    "l3NetworkUuid": "585c9999220ca4743557bc1e275960e6",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "46872b06ecb8703cde13ea8496dae895",
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
                "uuid": "0c10fc0243b78a167b0d3eea59d1d52e",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "9684e79b9ccd3c376e1a005a16cb6b0a",
                "vmInstanceUuid": "63142f3206ef3e36026688caca45fd7b",
                "diskOfferingUuid": "3e6675f4739b461545f0d1a0bae5f29d",
                "rootImageUuid": "65d35a2abf7502001f3f991e0b5607ba",
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
                "lastVmInstanceUuid": "948529f3336e86f2a9dfb62b2112e20f"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "577f89da61eb940f8f8b5ba397247364",
                "vmInstanceUuid": "32f4cce02ec27f7360abca9caee04122",
                "deviceId": 1,
                "isoUuid": "12f9a0665cfa64bd13134751a321ffbc",
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
    public func migrateVm(
        _ request: MigrateVm.Request
    ) async throws -> MigrateVm.Response {
        try Self.example(MigrateVm.Response.self, json: Self.migrateVmExample)
    }
}
