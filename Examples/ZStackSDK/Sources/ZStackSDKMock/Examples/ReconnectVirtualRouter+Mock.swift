public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ReconnectVirtualRouter``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let reconnectVirtualRouterExample = #"""
        {
          "success": true,
          "inventory": {
            "applianceVmType": "applianceVmType",
            "managementNetworkUuid": "130b4c2fa86e07228723226a3b0c5d6a",
            "defaultRouteL3NetworkUuid": "b03f3524753fbe3aafcbab67d35b23b8",
            "status": "status",
            "agentPort": 1,
            "uuid": "cb5c995262b7f802fa0490add56d95a7",
            "name": "name",
            "description": "description",
            "zoneUuid": "d2349b6221deb50cd283208bca4a6cf6",
            "clusterUuid": "c4fe3fc7cbcd35952bb9a07998b4f7b0",
            "imageUuid": "838ecdd077de6eb46b7cfb85a1780453",
            "hostUuid": "f4280159bba28f68c9423f74d819533c",
            "lastHostUuid": "124759adcef7319c176ed6a7847d317f",
            "instanceOfferingUuid": "8d505cb1c59bf5677a739e4e75a62bcc",
            "rootVolumeUuid": "5544f09d3a02bc4ec4c185b22d1b3eef",
            "platform": "platform",
            "defaultL3NetworkUuid": "ea79966930da0cc84e15c8378c021e25",
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
                "uuid": "94fd176c2339ab1e6445ac2e92896f0b",
                "vmInstanceUuid": "d3c870fe23ef28eec9201fd887fdaf21",
                "l3NetworkUuid": "9c62a615342f25e44eaf4415e4c7c652",
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
                    "uuid": "5fe6f22e1ce0af86ead72a9d7c9098cd",
                    "ipRangeUuid": "6705eb5e90524bf9235e55bd3d2390b2",
                    "l3NetworkUuid": "1f21bd92768b492c048cc1479046e77d",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "f3bcbfdecbfacf608c14f740ef17c414",
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
                "uuid": "b98f100818e25a5ec20150070181c344",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "3e2c2502262cef7b3ca0effa000ad7d8",
                "vmInstanceUuid": "5689415fed76c4fe8875db52449a5623",
                "diskOfferingUuid": "4c5c6977bc3cc76d109a3dbdea35a089",
                "rootImageUuid": "c97c34c847c2f174eb2652a8fdcfad5a",
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
                "lastVmInstanceUuid": "1479d66bb5d0e9feb3c9511d01f9c436"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func reconnectVirtualRouter(
        _ request: ReconnectVirtualRouter.Request
    ) async throws -> ReconnectVirtualRouter.Response {
        try Self.example(ReconnectVirtualRouter.Response.self, json: Self.reconnectVirtualRouterExample)
    }
}
