public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVirtualRouter``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVirtualRouterExample = #"""
        {
          "success": true,
          "inventory": {
            "publicNetworkUuid": "c92005e218f6787f7f9767b9306e5133",
            "virtualRouterVips": [
              "virtualRouterVips"
            ],
            "applianceVmType": "applianceVmType",
            "managementNetworkUuid": "5676e6adc786aebdcb17c83ac165769e",
            "defaultRouteL3NetworkUuid": "e803d4830de7eb118b169e695b15b003",
            "status": "status",
            "agentPort": 1,
            "haStatus": "haStatus",
            "uuid": "4fb8f9f87779ff3f7874799d7c3ab1cb",
            "name": "name",
            "description": "description",
            "zoneUuid": "99020543fac56331f960cec3dece84c5",
            "clusterUuid": "df003c0320aafea643c656ec42a1005e",
            "imageUuid": "ed35b9ed36d2e45b309d310f01cdd01b",
            "hostUuid": "186a7764f8a96ea159d8d7d281bc2193",
            "lastHostUuid": "e3cdc5b8d54b44995ddcf890413dbd74",
            "instanceOfferingUuid": "b32390faab313d5a1558ff22163381fc",
            "rootVolumeUuid": "a861e710c72c01078e3d3fbdb207be61",
            "platform": "platform",
            "defaultL3NetworkUuid": "f9d85f6382d56c853c844d1c54db67dc",
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
                "uuid": "3f55e5d4d48be363274ae2f015d1372f",
                "vmInstanceUuid": "9c40208ac49552d75d5d52f625197f73",
                "l3NetworkUuid": "a5b3feff0c45078340e97ec76978273a",
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
                    "uuid": "88eaa715480923a17ddafb1bee4dd146",
                    "ipRangeUuid": "b365f35e1d597ba48c84ff328c544097",
                    "l3NetworkUuid": "ac40d5e371de6f2def3cab6ad41a4deb",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "4d12cb79266d82f58672b449cdaf29b7",
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
                "uuid": "d17fa6ae458b5d07042a62e93c0d1df9",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "e39bb41e2c8859da250a2181434ef0eb",
                "vmInstanceUuid": "66d1bb2267c358931811a4245752f24e",
                "diskOfferingUuid": "b8e1234bea8e6c38b824b74671e22b56",
                "rootImageUuid": "26a3693e983ea587c507b5abd48e620b",
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
                "lastVmInstanceUuid": "99560903c1b360478f54ec5cf37568f1"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "05257ff7fec9ecfaea6d58709e8bfbed",
                "vmInstanceUuid": "3d4910ff1af578e2524f71c7d2b85aed",
                "deviceId": 1,
                "isoUuid": "82033f785b04456e6a2229e913900b32",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
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
    public func updateVirtualRouter(
        _ request: UpdateVirtualRouter.Request
    ) async throws -> UpdateVirtualRouter.Response {
        try Self.example(UpdateVirtualRouter.Response.self, json: Self.updateVirtualRouterExample)
    }
}
