public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``StartVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let startVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d76cd8d250ec982a60e55f09b36c7e09",
            "name": "name",
            "description": "description",
            "zoneUuid": "850b05ec7cc16ef8e9a897769af2d236",
            "clusterUuid": "a1b98d95d0b41c8192245dae4cabd5ed",
            "imageUuid": "ed1b93454952083ce699748df79065a2",
            "hostUuid": "2155955919e8d8eca2e53e0e60570ad4",
            "lastHostUuid": "922005fce279e3880ba1f5a7dfe585d9",
            "instanceOfferingUuid": "7b118faf8d98ac07732d6efb7e2fab93",
            "rootVolumeUuid": "6642c79e18e9a68223425ffa3dad869e",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "50402fb48f8dcf541905920b181a9bbb",
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
                "uuid": "638ead226294309210000cd5400d0afa",
                "vmInstanceUuid": "5cd43a8bc21d3e26079c3a4dd61a34af",
                "l3NetworkUuid": "dd054432b3901ab856a35fac92f193cf",
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
                    "uuid": "bfe40d7274675646f61376fe754d2919",
                    "ipRangeUuid": "7a641ee11e68ffe9f8a5936f131df4e9",
                    "l3NetworkUuid": "b3272854074c1dc481ff509890f95c6a",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "bf7062e92b850e68a5901fc593e76d86",
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
                "uuid": "744d775790b1fa86b23fe20ab2c4c539",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "59068fccdad5e18f90612539d60b9ad2",
                "vmInstanceUuid": "2aa351622d1fc15283a984b8d59fa1ee",
                "diskOfferingUuid": "998a1c5ff5910db11b13c1d18d38655a",
                "rootImageUuid": "5ab8fb99b7e23678ff4dc337eca2bb3c",
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
                "lastVmInstanceUuid": "ca83fc12a138738af66535de8eb4c634"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "7ea8dc75373d618f05939082fbcaa51d",
                "vmInstanceUuid": "f30c2bfb20947eefe9c51f076b7c7b73",
                "deviceId": 1,
                "isoUuid": "c0917dce07b37c0db28898d2101efccf",
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
    public func startVmInstance(
        _ request: StartVmInstance.Request
    ) async throws -> StartVmInstance.Response {
        try Self.example(StartVmInstance.Response.self, json: Self.startVmInstanceExample)
    }
}
