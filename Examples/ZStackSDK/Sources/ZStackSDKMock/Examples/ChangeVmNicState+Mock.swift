public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeVmNicState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeVmNicStateExample = #"""
        {
          "inventory": {
            "uuid": "287125ca54cad1b98ea1dc8acf8101c7",
            "name": "name",
            "description": "description",
            "zoneUuid": "4da3dfd89362dbcb6a3febcd9e0fa260",
            "clusterUuid": "aab6f23747a870005eb38a7d2b0ba35b",
            "imageUuid": "7834df29e65fa9adc3835036bf6f1bda",
            "hostUuid": "3e0f3b1a5837bd7b1f4251a2d642eed5",
            "lastHostUuid": "9727698eb9bf75437c187ffa9fbf6aa1",
            "instanceOfferingUuid": "351fc9ab000f8cccdae29032aadc5b37",
            "rootVolumeUuid": "05315385508cf5f9c7b9bb59b15b2c29",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "eed5aa8f8b9e44ef29281bcdc8c625e1",
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
                "uuid": "910fc01f83c7419d2608486e24a9c18b",
                "vmInstanceUuid": "901dd3789825b809da39cf82de75535c",
                "l3NetworkUuid": "369e7295c4595465e1099c0e53ed98c6",
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
                    "uuid": "1c214bdf84427faf000f571de5a3c8c6",
                    "ipRangeUuid": "25e0395bd534f272b6238d4e9eb8cef0",
                    "l3NetworkUuid": "a5d337a391186be7f33bde8e48b979a3",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "6af1985cea881f2f60b761ae047168ca",
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
                "uuid": "9d9a5e1b2309550537e159e8a2770070",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "2efb9a1cd7212cc08c93527b3f692df6",
                "vmInstanceUuid": "9ee93b0aba673f69d5c595db486b7ffb",
                "diskOfferingUuid": "b1a7e61aac382a5619ec27bd4a65fae4",
                "rootImageUuid": "681cae08c421b9419bbbc92e509a0583",
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
                "lastVmInstanceUuid": "c0119babb519ceb57aed6c551e87170c"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "3b44e913267aa3e8a2a073a0a7c54a3a",
                "vmInstanceUuid": "a1bdab9bce2117e065d44296959e16aa",
                "deviceId": 1,
                "isoUuid": "503af94c9466c34c790a9bb856fe66c5",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeVmNicState(
        _ request: ChangeVmNicState.Request
    ) async throws -> ChangeVmNicState.Response {
        try Self.example(ChangeVmNicState.Response.self, json: Self.changeVmNicStateExample)
    }
}
