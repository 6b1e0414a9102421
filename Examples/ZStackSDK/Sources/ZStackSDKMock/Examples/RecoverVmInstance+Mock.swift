public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RecoverVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let recoverVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d94e084814577840af7fa41cecd9bdb1",
            "name": "name",
            "description": "description",
            "zoneUuid": "df718795279b68ea8ed239fd086bb56a",
            "clusterUuid": "fb83945c237e162f9cf406dcd5c04795",
            "imageUuid": "bb0064dc34beeece0fe2763724859654",
            "hostUuid": "6c1419faea466a7e958037957bf5a46b",
            "lastHostUuid": "219c78b4eed712727e349f83c2e47e59",
            "instanceOfferingUuid": "249e51104ba830057e7ebaf5d6bdbff7",
            "rootVolumeUuid": "544d03b23bede934080d52b41409bdbf",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "718f6046bef75c06b8ae6b6754799851",
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
                "uuid": "18c18093ff92dc844cd27f8f82b46e33",
                "vmInstanceUuid": "4d8ea46bf5a7c21c89ef8e90935b56da",
                "l3NetworkUuid": "2ec602b56a47cc863ae70f68cc05afbc",
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
                    "uuid": "cfe4d6db0960704c8413e320b46ef4f9",
                    "ipRangeUuid": "f14eab114ea6261ba3b88fffb0817db3",
                    "l3NetworkUuid": "0987e9cc168814ca95214cb6dc490f6a",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "fcc938f24a82b8beefa45dec0aa1f426",
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
                "uuid": "f0aa9114cdabf9a850c4e17bf973db54",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "9fa7f2e7edf997259a6e3f749e0f9826",
                "vmInstanceUuid": "f66536f835d21ef8966b78d50241fa86",
                "diskOfferingUuid": "b3f5248c17327407c93e9c2030aec60c",
                "rootImageUuid": "7464c06080522a668569a777bd8605e0",
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
                "lastVmInstanceUuid": "b31acd6ca7280a2092c04230895a478f"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "fd257b57b36a35c5c9c12284dd91b5c8",
                "vmInstanceUuid": "15acbef807caf739cdb9cb5f7697a917",
                "deviceId": 1,
                "isoUuid": "78974212231cd05b11480379a32b3609",
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
    public func recoverVmInstance(
        _ request: RecoverVmInstance.Request
    ) async throws -> RecoverVmInstance.Response {
        try Self.example(RecoverVmInstance.Response.self, json: Self.recoverVmInstanceExample)
    }
}
