public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``FlattenVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let flattenVmInstanceExample = #"""
        {
          "inventory": {
            "uuid": "d251857607ec230aff3fb871df39dd1b",
            "name": "name",
            "description": "description",
            "zoneUuid": "598dfe40d6facf40a85bb877d4f61e07",
            "clusterUuid": "150b42d687bd0a25e3cc608b0d52bf00",
            "imageUuid": "a0c7c45e0842a568722d892e1da4c3a2",
            "hostUuid": "c324df4e4b10b6888c9d4e55af932579",
            "lastHostUuid": "117ec1bb0a19b7a0cc2edadf05ccad2a",
            "instanceOfferingUuid": "6413a2cdffff64c7eab6475dbe17fafa",
            "rootVolumeUuid": "673d1758188283d6954052782c8cb696",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "02b696902f835684ee1e29dd54cd11db",
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
                "uuid": "d29e87008748a46a8d1eaecd076075b9",
                "vmInstanceUuid": "57e381bb8b5295c2d34177683a1ba731",
                "l3NetworkUuid": "14b12c48ed5c97089b93516c400f3d41",
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
                    "uuid": "465934b2676b9852ba98d007180fbd72",
                    "ipRangeUuid": "2ef35b2c3f46f8a9624c6fcffcdb2b61",
                    "l3NetworkUuid": "2b36e3b8c8e0826008be058d6e8d36c1",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "c79520eb057332586f88c340dc518706",
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
                "uuid": "e5b896d34cf92d32e8d7e2a92e67ec06",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "1eac2638c3326c6b8f0f77fff7e9ebf9",
                "vmInstanceUuid": "5528c9376179773a07537119cc54b933",
                "diskOfferingUuid": "78609944dfe1cb01b93876eeae81923d",
                "rootImageUuid": "6af61cf7e7ecbbf4c05bd1430fbf7490",
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
                "lastVmInstanceUuid": "c3d5cc2e50e5f32e2213f29d8c1736f7"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "55444e4c274db9e3ad3f3d1df2feca31",
                "vmInstanceUuid": "712ad465a4587d57ea9dd6dcbf20d692",
                "deviceId": 1,
                "isoUuid": "d8b8fd03d8b5c0a12b8e94a9c26c36c2",
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
    public func flattenVmInstance(
        _ request: FlattenVmInstance.Request
    ) async throws -> FlattenVmInstance.Response {
        try Self.example(FlattenVmInstance.Response.self, json: Self.flattenVmInstanceExample)
    }
}
