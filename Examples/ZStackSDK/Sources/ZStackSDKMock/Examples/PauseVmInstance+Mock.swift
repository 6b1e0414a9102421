public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``PauseVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let pauseVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "4125dd83ee82dd20c4a90d5a17c1b27b",
            "name": "name",
            "description": "description",
            "zoneUuid": "8e596b380620cb92949fa93cecb5b2fc",
            "clusterUuid": "7d12c4a5fc1ecefb1c7a7afabd47c273",
            "imageUuid": "92c830d73d0e84d23529ebcf389f1578",
            "hostUuid": "f52ab19d1ad842b27e8197b3bdc99fc0",
            "lastHostUuid": "88532ed69286a36aa5f13166c38de6b2",
            "instanceOfferingUuid": "6bdb17dff585c855a923efaaee5dc97a",
            "rootVolumeUuid": "0262eba5351bcf30d562264eac3911c5",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "a126a64e8b6e04a65ba0d0c8b1008d0d",
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
                "uuid": "fee665a792af40c43f512ae000c32fb7",
                "vmInstanceUuid": "0a444731eb5016805894d81da2de4641",
                "l3NetworkUuid": "ddf19cdcb691aece844b95caad35cee4",
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
                    "uuid": "b247439907ebd0709ac3245537082286",
                    "ipRangeUuid": "91324b02fec6e39bb73b4dd1a098e3b8",
                    "l3NetworkUuid": "99ec0d86f374f7cefc01ddeddc22af6f",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "51a960ff386ca9e6935cae310b7d4a96",
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
                "uuid": "e4d07e41a4292b4c34edcfedf97adf81",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "154bfbf1a23beaa95c36b13bdbbb2988",
                "vmInstanceUuid": "0767a98aca22a6a0e0d91acf5ee4064d",
                "diskOfferingUuid": "8110f4b74af0536fae1cc389a84337bd",
                "rootImageUuid": "448740faf677ac8a6928d7e077814641",
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
                "lastVmInstanceUuid": "b006b4307ee5adac71ee18564ea820b2"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "edb3c464fa26c4f1700ef2a8d100b9e4",
                "vmInstanceUuid": "671c1d917863cdd9b18b2fe20d71ada1",
                "deviceId": 1,
                "isoUuid": "8ca3e2e9137a98a7f43add8bcd09fbdc",
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
    public func pauseVmInstance(
        _ request: PauseVmInstance.Request
    ) async throws -> PauseVmInstance.Response {
        try Self.example(PauseVmInstance.Response.self, json: Self.pauseVmInstanceExample)
    }
}
