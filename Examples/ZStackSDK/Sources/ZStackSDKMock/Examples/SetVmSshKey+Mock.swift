public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmSshKey``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmSshKeyExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "ecdd78a2620c69a8c6b3bec4f3dde3d1",
            "name": "name",
            "description": "description",
            "zoneUuid": "7d26cbca1ca3e0827fd270b85d48aa5b",
            "clusterUuid": "6eb717276f48d2ab7ec22f95e424e676",
            "imageUuid": "22c42cd24b1b211a990055d59bf93734",
            "hostUuid": "3a37bebf193b128a03dee77d456df0ca",
            "lastHostUuid": "f872487ae91f1722991816d4a06e8af8",
            "instanceOfferingUuid": "bb0bcfc682ae96b5df5879fb42246b9a",
            "rootVolumeUuid": "5a8aa5aeb0fb3c90c7cd3fa92f987019",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "59042dfcc2e5f0c6f197dbda0f464c2e",
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
                "uuid": "baa8f557765b11cc857a9cdd76d7b559",
                "vmInstanceUuid": "caef7fa8fbfa5ab00c481f7ef621868c",
                "l3NetworkUuid": "002dcfc66058d8de5fa2618ae9da45cb",
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
                    "uuid": "0a41a5b2c3f9b45049fad8d7e6e661f6",
                    "ipRangeUuid": "e58ce3216431752b4bb17a2382722405",
                    "l3NetworkUuid": "1551186d8c3286fe1298d3b42a606602",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "22cb33a04210ccae5171dd072ea01961",
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
                "uuid": "48516a51b2844b0c5716089e3ddd2b37",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "2f06653f1dab46493c4d4bf99418f3a1",
                "vmInstanceUuid": "a25011ee25105a3851d7819849765597",
                "diskOfferingUuid": "4c54593612d43987d3057176c32ed1d9",
                "rootImageUuid": "daeb7fbbb2c699aa9b50582ba82cd08e",
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
                "lastVmInstanceUuid": "5e8c974d89790fdc7a6109cc5c9fc82c"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "deb8072bbf9f997119f9b9fff1b856b6",
                "vmInstanceUuid": "01234d110f43c9f98d8b18eaa9189123",
                "deviceId": 1,
                "isoUuid": "9a8775256f6bf36fbdf1d4f6a745e637",
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
    public func setVmSshKey(
        _ request: SetVmSshKey.Request
    ) async throws -> SetVmSshKey.Response {
        try Self.example(SetVmSshKey.Response.self, json: Self.setVmSshKeyExample)
    }
}
