public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachL3NetworkFromVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachL3NetworkFromVmExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "56558dc09e76d9417335dbfbef5c8319",
            "name": "name",
            "description": "description",
            "zoneUuid": "41c532faa5632a47e7b307f38961cd3f",
            "clusterUuid": "736d097657096d9c197c70bc3d159636",
            "imageUuid": "1a5691f87059e2fd03ccaed5e5b15a10",
            "hostUuid": "514808d033f5ad073602c4a87e6e91ba",
            "lastHostUuid": "3317c80e65d89947115eae8a4f33bf2d",
            "instanceOfferingUuid": "22102c5076e7740468fe532a325107a7",
            "rootVolumeUuid": "f3ab89b51076732df9387807e4b1697e",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "883e6611c23b8f5b0145de0f0219cc1e",
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
                "uuid": "80a7948aa9a24db99be8de36281b1a1a",
                "vmInstanceUuid": "8cf78841d8b37d312a384b3c4d4fe702",
                "l3NetworkUuid": "cbcbc974b0e0aad93a19420f29a53a44",
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
                    "uuid": "751f05fa237868d7342ec81bd26710fa",
                    "ipRangeUuid": "1bcd1cc4e54f1ae25c2fb783e323cca8",
                    "l3NetworkUuid": "eb48ffb040685e376fa7e8eb7ca9e923",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "4070ac60e9f5e29fca7b7b29f9eaadab",
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
                "uuid": "805d15041a8a594dd0ee62d415e356fc",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "e4b5db667174aa6c35adbc3dc52dca5a",
                "vmInstanceUuid": "083b2ac20d92758d9c53e9f3a9c8b643",
                "diskOfferingUuid": "17f1bd6b422277a288297ada25a13091",
                "rootImageUuid": "887e786fa7cf034d79cb731c62ed5487",
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
                "lastVmInstanceUuid": "99a080d4d6d325112577404ee97374a3"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "cc93a51ae955844c2f525c610262d172",
                "vmInstanceUuid": "8210730397fc35d8ba0f3684161fe208",
                "deviceId": 1,
                "isoUuid": "41a45eb8a238c6e4d445890a20c5dfdf",
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
    public func detachL3NetworkFromVm(
        _ request: DetachL3NetworkFromVm.Request
    ) async throws -> DetachL3NetworkFromVm.Response {
        try Self.example(DetachL3NetworkFromVm.Response.self, json: Self.detachL3NetworkFromVmExample)
    }
}
