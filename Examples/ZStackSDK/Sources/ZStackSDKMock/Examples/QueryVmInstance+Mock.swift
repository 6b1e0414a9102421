public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "07d759342f9f8c9773ddfce665f8a810",
              "name": "name",
              "description": "description",
              "zoneUuid": "83c5f953a703213da2a5d56de6e0fcd5",
              "clusterUuid": "157bc11ca6914ace90d80d389d5e77d7",
              "imageUuid": "d1f15158043f17b7505ba0ab35646c7d",
              "hostUuid": "b61cf4473bd96729c3c656b6da1bc6c1",
              "lastHostUuid": "39b758a5bec7b105d5a5e9a356da1728",
              "instanceOfferingUuid": "607f78c9f2462d5a9a8ac2da611d8450",
              "rootVolumeUuid": "47a4adde213791873392bf1419e7e005",
              "platform": "platform",
              "architecture": "architecture",
              "defaultL3NetworkUuid": "e8ace0317188c009120e7474b7753b50",
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
                  "uuid": "fadfbe4d833e3957441be6c62abd349b",
                  "vmInstanceUuid": "95171bf9fe30be63c8e9fcb08e8f787d",
                  "l3NetworkUuid": "0cea6192df8954bfd1aa818f343c6497",
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
                      "uuid": "46af35aa259fe48d766483d7d017991c",
                      "ipRangeUuid": "596e5d06076fef2c331b958106f9613f",
                      "l3NetworkUuid": "3d37429eee3741798250b85c7f565d6d",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "6e915a53507e3c6d68b8947439bfcd8e",
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
                  "uuid": "71bce93fdd54e0db693c02de3b1e0e38",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "7a3298e57559b90a88c7993b2eae5280",
                  "vmInstanceUuid": "6484b2ee55d2281fcd771c795eced9a0",
                  "diskOfferingUuid": "0a6d86ac9d9a71341185345b61f8f62a",
                  "rootImageUuid": "c2cc6d7cee5ebff75b8a5c78ac1e6360",
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
                  "lastVmInstanceUuid": "7004d45cc56bff0f744822cbc6a1013b"
                }
              ],
              "vmCdRoms": [
                {
                  "uuid": "f3102a1881732acaae619f9c32d5404f",
                  "vmInstanceUuid": "0047b2863309b1a2e4b63821232e7ba5",
                  "deviceId": 1,
                  "isoUuid": "337f3b872da194d244e29d8e5b23ef85",
                  "isoInstallPath": "isoInstallPath",
                  "name": "name",
                  "description": "description",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ],
              "guestOsType": "guestOsType"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVmInstance(
        _ request: QueryVmInstance.Request
    ) async throws -> QueryVmInstance.Response {
        try Self.example(QueryVmInstance.Response.self, json: Self.queryVmInstanceExample)
    }
}
