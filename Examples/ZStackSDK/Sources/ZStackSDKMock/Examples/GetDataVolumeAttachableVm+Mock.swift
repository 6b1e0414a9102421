public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetDataVolumeAttachableVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getDataVolumeAttachableVmExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "83d5132701ad39c574fe50d01bab4b34",
              "name": "name",
              "description": "description",
              "zoneUuid": "97a438b5a2e9ec377de1572301278003",
              "clusterUuid": "be456cb170d432a467d6c2f8c19197d4",
              "imageUuid": "087220fc0a7057119ee8756d8f996b95",
              "hostUuid": "e42a383ba7a6fa33d7f242374dae53b8",
              "lastHostUuid": "f3420262995943273efa7dcff2eeacd8",
              "instanceOfferingUuid": "61af8d83474a8b00f69e0002a63fc69d",
              "rootVolumeUuid": "16942b66d33020014c252b31d5a84f73",
              "platform": "platform",
              "architecture": "architecture",
              "defaultL3NetworkUuid": "78570bf7dec64dd35a930cd2c07a5e21",
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
                  "uuid": "5c8a82b561baf161981bff722cab2632",
                  "vmInstanceUuid": "cb8064c580a4de7162018340e5e4a1ee",
                  "l3NetworkUuid": "ff81e7aff43bb5edc830aab7bb7f0986",
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
                      "uuid": "e0099fbed9125673160002401e05dd6e",
                      "ipRangeUuid": "1edfd7bcbc2eb7665b1859bc413121e8",
                      "l3NetworkUuid": "e1e983c0c865a5573744b462879d0e25",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "02e401fae248637bdf9526ec65cb9761",
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
                  "uuid": "8410decadc5eb4d5fd6e0baccebbb14d",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "c5fa2fd71bd0bae821fdc91da26d5d74",
                  "vmInstanceUuid": "5087838e0502cfed1eeb9d45027e70dc",
                  "diskOfferingUuid": "a4d8a267afd30332c19a4ebb33a1e6fc",
                  "rootImageUuid": "450f81947159fc4d680e10b1bfcd3069",
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
                  "lastVmInstanceUuid": "c04a4ac135b1105d6421063728155e74"
                }
              ],
              "vmCdRoms": [
                {
                  "uuid": "0f3fe73ed7c30988a3679cd1aa5b189b",
                  "vmInstanceUuid": "d2139939f4f18694f3ceb32ca07677f0",
                  "deviceId": 1,
                  "isoUuid": "c1e25f674b977cf085a05b67cbcf9986",
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
    public func getDataVolumeAttachableVm(
        _ request: GetDataVolumeAttachableVm.Request
    ) async throws -> GetDataVolumeAttachableVm.Response {
        try Self.example(GetDataVolumeAttachableVm.Response.self, json: Self.getDataVolumeAttachableVmExample)
    }
}
