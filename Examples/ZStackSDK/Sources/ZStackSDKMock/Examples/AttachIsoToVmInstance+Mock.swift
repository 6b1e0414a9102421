public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachIsoToVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachIsoToVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "36029e3d5ccc11412fb06ed0764e6a3b",
            "name": "name",
            "description": "description",
            "zoneUuid": "40f4eddda0c7e2471fc917768d71397d",
            "clusterUuid": "4ee27f4439e0559c36cf61b088585b76",
            "imageUuid": "1d2921a99c7e8afd57e57abab85c3e80",
            "hostUuid": "5077c3b32f5a650766f22df72418fe57",
            "lastHostUuid": "f296f4e6d904d14706db4b8dc0246948",
            "instanceOfferingUuid": "0314bdfa5fcaac049e3192362c21a91a",
            "rootVolumeUuid": "03ce8cd828336b2db21b7c9a005bb4bd",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "6942f7bbab1ec75ba75adec4b16973db",
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
                "uuid": "90ca97adc15f45b994cba699a95365a6",
                "vmInstanceUuid": "38aa1c6036863531c42ce90d6e59e6f3",
                "l3NetworkUuid": "de3c5cec3a3712d9f0fe80b58439ad3b",
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
                    "uuid": "0848b593908710d799025650d5550a24",
                    "ipRangeUuid": "1e1746b7aea8d2e2506cd2afc24f38de",
                    "l3NetworkUuid": "479192d07deed6379269b6d055b428a9",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "9a3d7b6c0030da9fc378d1e96aa2fbfe",
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
                "uuid": "af44c6c2aab2d14d5c386f949979dc1b",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "e70005593ace626cc87c55642ceeff39",
                "vmInstanceUuid": "7d2b534c090cad8d3e24759353e7a6c6",
                "diskOfferingUuid": "71be8c76585d6fa2cac7b75da2f24844",
                "rootImageUuid": "3f037dd36e1feb4d032329ba5ef58abf",
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
                "lastVmInstanceUuid": "9beaaac7a02cdd110b2d89af284df995"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "a70d734036813c4ca1b7d6549884bc29",
                "vmInstanceUuid": "a08dd4b7e7e3add8fe0b3a83080b1742",
                "deviceId": 1,
                "isoUuid": "1dcf658796fcaee43255b836f41287e8",
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
    public func attachIsoToVmInstance(
        _ request: AttachIsoToVmInstance.Request
    ) async throws -> AttachIsoToVmInstance.Response {
        try Self.example(AttachIsoToVmInstance.Response.self, json: Self.attachIsoToVmInstanceExample)
    }
}
