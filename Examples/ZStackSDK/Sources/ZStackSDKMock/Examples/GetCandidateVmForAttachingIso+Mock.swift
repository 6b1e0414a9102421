public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateVmForAttachingIso``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateVmForAttachingIsoExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "c914328a58c4e23c7ba52d015ba846e9",
              "name": "name",
              "description": "description",
              "zoneUuid": "3ffa0047a50f4d9273a03f52a1a41d88",
              "clusterUuid": "91bab379be89d6a74503514a46c76506",
              "imageUuid": "8b8fac823d11317ad4c06b74f7914d12",
              "hostUuid": "2d0178356e733c822a02580fe9cea813",
              "lastHostUuid": "7fb7ca3ab95a5e5a26f817ba7a8e4fcb",
              "instanceOfferingUuid": "5bf664f707e9bc3962359c5d6fda9566",
              "rootVolumeUuid": "aa531abd89b1e0a072fc20286f110e67",
              "platform": "platform",
              "architecture": "architecture",
              "defaultL3NetworkUuid": "7e0857f7f03b2026c658f247aeb29e4d",
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
                  "uuid": "69acdb25c216c8a423a18e3a5f6c9b59",
                  "vmInstanceUuid": "d26631808cefae94ec375c9b7a67b35b",
                  "l3NetworkUuid": "882cf7aee701b02268c48d91ae61e9d7",
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
                      "uuid": "d8dfe8458747e9a0cb974ef725927079",
                      "ipRangeUuid": "28ca5ac38690c5c7cea23151c3985b63",
                      "l3NetworkUuid": "1592d593c6d38b1216f1f4b2b33cab92",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "b746057e103587d2cf6e9e7cdfc403d8",
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
                  "uuid": "80bcea8f8f85cdd889227bda821f07a3",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "e145ec3d02efe3b9d79ccdf298b578a0",
                  "vmInstanceUuid": "81673f9201c3f470bc7643b7692b7ebd",
                  "diskOfferingUuid": "ce652e2b1088a47ff40b53bf6be5d196",
                  "rootImageUuid": "af202a8c2e0c73c62ca83160e1c80737",
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
                  "lastVmInstanceUuid": "1f8e2eef441b6044efae9fc51880c891"
                }
              ],
              "vmCdRoms": [
                {
                  "uuid": "1f851b1757a194790db360f067ec6422",
                  "vmInstanceUuid": "33ffaf3e2859ed2d7089fa8027bad31b",
                  "deviceId": 1,
                  "isoUuid": "9fa0249aa6a0c88fd8ee018dc7d23693",
                  "isoInstallPath": "isoInstallPath",
                  "name": "name",
                  "description": "description",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "guestOsType": "guestOsType"
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateVmForAttachingIso(
        _ request: GetCandidateVmForAttachingIso.Request
    ) async throws -> GetCandidateVmForAttachingIso.Response {
        try Self.example(GetCandidateVmForAttachingIso.Response.self, json: Self.getCandidateVmForAttachingIsoExample)
    }
}
