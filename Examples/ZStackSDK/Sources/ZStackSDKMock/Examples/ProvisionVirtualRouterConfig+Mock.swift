public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ProvisionVirtualRouterConfig``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let provisionVirtualRouterConfigExample = #"""
        {
          "inventory": {
            "applianceVmType": "applianceVmType",
            "managementNetworkUuid": "51dad08065cd33248d119193b62757cd",
            "defaultRouteL3NetworkUuid": "6456be1f6f05595c7e2d230a6627ef5b",
            "status": "status",
            "agentPort": 1,
            "uuid": "71fb7d04d907033020c235df5a644f24",
            "name": "name",
            "description": "description",
            "zoneUuid": "14b5c3cb9edbf3deab818f86eb2523e2",
            "clusterUuid": "aec5e2fc2db52c772a5e4edcc59ef775",
            "imageUuid": "e19e42309ac528c201e824f2c49aa20b",
            "hostUuid": "f2c2543c8a995b9aba2afecec2750afd",
            "lastHostUuid": "5d7654b92e9bd2e680dd3270b7afb2dd",
            "instanceOfferingUuid": "1ba7e8b483d5d47da070879a58b148a6",
            "rootVolumeUuid": "20751d3eb9543b68da9ee8dc14d71909",
            "platform": "platform",
            "defaultL3NetworkUuid": "cb2c16d315fc4e5a99e23215dc383631",
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
                "uuid": "ac40d4b66c66d228b7d141d590068d5d",
                "vmInstanceUuid": "72e6fb508e9dc02c0d4d0a0f5be9e562",
                "l3NetworkUuid": "6784e40cdd841c6efd7787875948ac04",
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
                    "uuid": "32499046aa9889d82041933dc79df935",
                    "ipRangeUuid": "7172cea373b52a23181062972524c841",
                    "l3NetworkUuid": "a4cafbc4305a61ca128580e33427de95",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "a739096ca6ea835e330f5eb40ed2d762",
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
                "uuid": "3fcb62e1bbac0ad8c398193aaebe86e1",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "3d841b908ab65b110404c4b73aa166df",
                "vmInstanceUuid": "a117d1c628bbfe646cf291a19c194fca",
                "diskOfferingUuid": "7ae94a2f9df7accba86e2e2a7b0f676d",
                "rootImageUuid": "2e22e5cb9d64d3666bd63d262f0aca1c",
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
                "lastVmInstanceUuid": "c730d9c014da6044cea686b8e3d5fee3"
              }
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func provisionVirtualRouterConfig(
        _ request: ProvisionVirtualRouterConfig.Request
    ) async throws -> ProvisionVirtualRouterConfig.Response {
        try Self.example(ProvisionVirtualRouterConfig.Response.self, json: Self.provisionVirtualRouterConfigExample)
    }
}
