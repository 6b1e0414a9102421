public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVmInstanceByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVmInstanceByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "61a1aef51a9e694bb388ec92f57fd62a",
              "name": "name",
              "description": "description",
              "zoneUuid": "2035f77edffdac0188763106f8cb29c6",
              "clusterUuid": "87f8d7e160cc342aa6da92eb05cffa45",
              "imageUuid": "b2af154ead19133bb0ece6e1f924c0f2",
              "hostUuid": "663755a93be4eae99064942060b3f0df",
              "lastHostUuid": "8cc7e0f4e58043014ea70a80b46deb99",
              "instanceOfferingUuid": "4d798c1c4b3c131676b1f24d1c228f96",
              "rootVolumeUuid": "ef97c74c7ac0e31770d9227e76ffe2b9",
              "platform": "platform",
              "architecture": "architecture",
              "defaultL3NetworkUuid": "0d6bc1d1f0ab6625d3390c0e2f304201",
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
                  "uuid": "42796c98a636a80b71b29ae849218cb2",
                  "vmInstanceUuid": "95a659090769c6b3b27957c5f43d135f",
                  "l3NetworkUuid": "7be1b58b962814dfe286fde2d2c30590",
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
                      "uuid": "2c5e6fcb5ab4ee71b287fe30024cb111",
                      "ipRangeUuid": "96bdc6119d7f0b48bfc4c7d80313fa33",
                      "l3NetworkUuid": "45a080d270d812b103228c20b8ca0446",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "ab7f875d50b5c529439ef3414f350020",
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
                  "uuid": "4b6c85c1e3f4c5e35a7756e21699a558",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "62cb10c5608cebca51c5e89f761ff5fd",
                  "vmInstanceUuid": "d33a5a2e9fb9905bba7b7c9ab0c2c7d7",
                  "diskOfferingUuid": "11e2e128c59ed120eb94a0c7b75fb6cd",
                  "rootImageUuid": "417e12d72017f2aba4b301b0a3f1873a",
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
                  "lastVmInstanceUuid": "b5e232f26a84417fe287d89add47cd92"
                }
              ],
              "vmCdRoms": [
                {
                  "uuid": "ba70bbe553c59072663efa9d41671f71",
                  "vmInstanceUuid": "ed1e4596b589982616b2b145307ec470",
                  "deviceId": 1,
                  "isoUuid": "5444c970bc5e8c0e7f4d4ce04a2e8156",
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
    public func queryVmInstanceByUuid(
        _ request: QueryVmInstanceByUuid.Request
    ) async throws -> QueryVmInstanceByUuid.Response {
        try Self.example(QueryVmInstanceByUuid.Response.self, json: Self.queryVmInstanceByUuidExample)
    }
}
