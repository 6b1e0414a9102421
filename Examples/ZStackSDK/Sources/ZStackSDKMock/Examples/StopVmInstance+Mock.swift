public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``StopVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let stopVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "b0066e282b3f85bb9dc5e7565d05b675",
            "name": "name",
            "description": "description",
            "zoneUuid": "2f663af240bb92499fe4060e6fb35fb8",
            "clusterUuid": "7487ebf1046df1022e5df86ae09947cb",
            "imageUuid": "76eaa70637169c2b7a11f60e50aa60e4",
            "hostUuid": "4cfdea4d8ff1fcf94cd76cbbe5abd312",
            "lastHostUuid": "c52d3f8ad68bddc17dfce0af6b1d5a6f",
            "instanceOfferingUuid": "31b45e50be0c37ce9fe2277ce6b710c6",
            "rootVolumeUuid": "4b8a4e7c7da86877f10140ff916c0d94",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "2ea70c29431a19eda02346ad0f8b1fd8",
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
                "uuid": "b770c569f5b61713d76803fd1dc28bcb",
                "vmInstanceUuid": "b0095a24dede0d0bea991edd083244b1",
                "l3NetworkUuid": "f4aebfdcf73e6be72b86afe247d53821",
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
                    "uuid": "add06edf0f3539a97a0ef94f8c6e675b",
                    "ipRangeUuid": "f0a17201c293b9f0e251ba6d6f29e90a",
                    "l3NetworkUuid": "70c10089e704fa61a23591e98a06f3ae",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "7a24928e459bd821e4e93817e568653a",
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
                "uuid": "7c2fc228c0cb17833567167bf97e34be",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "25117635dfcec7c2fff705c9c0b5b9bd",
                "vmInstanceUuid": "90cf1be9212b076b6039f754a347026a",
                "diskOfferingUuid": "d55997bce4903b5879265b2dde5d2a49",
                "rootImageUuid": "17c5396836781443cb44c81fbd712a23",
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
                "lastVmInstanceUuid": "01b647b3fbed95b718f451b683472851"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "c0ac73d68c540aea4e1eb0bb5a68518c",
                "vmInstanceUuid": "616514a4c3c8686686197351474e09e0",
                "deviceId": 1,
                "isoUuid": "7df3392ec40a4b4eb4ec4208960cd0b5",
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
    public func stopVmInstance(
        _ request: StopVmInstance.Request
    ) async throws -> StopVmInstance.Response {
        try Self.example(StopVmInstance.Response.self, json: Self.stopVmInstanceExample)
    }
}
