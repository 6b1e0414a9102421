public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "bd7b3e9f6aab9d7eda6583c49c57cc89",
            "name": "name",
            "description": "description",
            "zoneUuid": "780ca5a57a1c6bc016538dd869e4a334",
            "clusterUuid": "c3b3d8c307169dfd53062ee195949c3e",
            "imageUuid": "7fdf7ffd34ed60c4b1d36b46458e0049",
            "hostUuid": "3639819066260cc8141d58bc29409223",
            "lastHostUuid": "14e1f0cd791d1b30354aa70585bbc267",
            "instanceOfferingUuid": "0d8ff2bf5175299366803a852a3241a7",
            "rootVolumeUuid": "e9b2281eb4c0df7efd4f6ab1043732fb",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "af26d437054deae473e1d3521c689b6b",
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
                "uuid": "4983879dec87ba9224a6fda77ca2149a",
                "vmInstanceUuid": "dd9447ecdf4127fe3c80bb443f9a5b9a",
                "l3NetworkUuid": "39801d3f41c69388b4c6e35628af32a1",
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
                    "uuid": "eada49fe91155b0623b8fae7491e1b1c",
                    "ipRangeUuid": "32a8eb1b4be0107df9a6028f70f018f9",
                    "l3NetworkUuid": "f51856792561486cc20917cea9ee3868",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "ae05ca0180e2e67c5d9e723d87e29be0",
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
                "uuid": "240104400729d4061a959805f6c0a9e4",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "52e374615bb4fe0bd327d790fd5742bc",
                "vmInstanceUuid": "c1979435b71a5bea954e9078da52025e",
                "diskOfferingUuid": "4b2aa51370978e692d906f1f6681a628",
                "rootImageUuid": "6e7db6b62813564cc29dd084d744cbae",
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
                "lastVmInstanceUuid": "7397679a14aeed06d0aa8ae30e2cb1b9"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "d70339138ea1cc8b06b18b8613212385",
                "vmInstanceUuid": "336e49d2ffee2de307e9b2a77221c073",
                "deviceId": 1,
                "isoUuid": "16aa2f9c6fe9adf5d8fb6cfe8072f09c",
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
    public func updateVmInstance(
        _ request: UpdateVmInstance.Request
    ) async throws -> UpdateVmInstance.Response {
        try Self.example(UpdateVmInstance.Response.self, json: Self.updateVmInstanceExample)
    }
}
