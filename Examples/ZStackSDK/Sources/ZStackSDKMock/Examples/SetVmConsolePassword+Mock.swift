public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmConsolePassword``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmConsolePasswordExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "a15ba1aeee8e821afe3956b593326abe",
            "name": "name",
            "description": "description",
            "zoneUuid": "af1cdfccfbb071ccd623463d858b12a9",
            "clusterUuid": "ca259752f7239c394befd0a3fd4a726f",
            "imageUuid": "21fa28b9dc4daa8060c155506a363f0d",
            "hostUuid": "0c7601a6669abbe451e27cb7d3cd6a18",
            "lastHostUuid": "d36721534a21ad14f3b39473546aa95c",
            "instanceOfferingUuid": "3f270bb9f9034a8738cc784af275cabd",
            "rootVolumeUuid": "7ec2eba438b5dbf2c18d0916ed7c4534",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "c2d3be05a36a8f006dd3aea3faa82bf1",
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
                "uuid": "d30db02b8a7ed87eb54a17ec1d688d67",
                "vmInstanceUuid": "e199c02d4290c132acec9950839c2b80",
                "l3NetworkUuid": "dabad6dab42f5314e451ea5199bd1078",
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
                    "uuid": "dfa135ef1212a6e266fe0ede1f00ef52",
                    "ipRangeUuid": "83dd2c4a33a11821076fcd0fe4157a07",
                    "l3NetworkUuid": "48e6c236d78cdce8c8c201df2eaa2539",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "1c465a2272c5759055db75c1331ff8c9",
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
                "uuid": "8a6470457acadb1229028e1bbf8a77f9",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "a64862875bf3b197d83bc83c4bc62589",
                "vmInstanceUuid": "1e7229d23453be0e5c63a5f62995bf29",
                "diskOfferingUuid": "94ba5741e9eaf5458226adff4d84d352",
                "rootImageUuid": "b4acdfb6534703d87522e200262e29aa",
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
                "lastVmInstanceUuid": "47936bcba7fe113a332cff06e6d6f8c3"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "462fab045a7cfe57f91f4e988123b3b6",
                "vmInstanceUuid": "832d875d3cb3e1f70424330487d2107d",
                "deviceId": 1,
                "isoUuid": "d92b6798f0bad791403e497d9cb87a0c",
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
    public func setVmConsolePassword(
        _ request: SetVmConsolePassword.Request
    ) async throws -> SetVmConsolePassword.Response {
        try Self.example(SetVmConsolePassword.Response.self, json: Self.setVmConsolePasswordExample)
    }
}
