public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVirtualRouterVmByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVirtualRouterVmByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "applianceVmType": "applianceVmType",
              "managementNetworkUuid": "84f785a58306f2917a37bfa7d90f2e8c",
              "defaultRouteL3NetworkUuid": "b8cc8d0cf1e83ec5636d5f2f195124de",
              "status": "status",
              "agentPort": 1,
              "uuid": "2575177ab48edf13495b99f902df3dcd",
              "name": "name",
              "description": "description",
              "zoneUuid": "d869850298940945d3bc08597044b370",
              "clusterUuid": "21484d4bfb31a2da40ecc8b2323921fc",
              "imageUuid": "8b1fd4e478ff396fd71a498d175a6531",
              "hostUuid": "b025bb8d2502a8d540cc6c7df56b5584",
              "lastHostUuid": "fdfaefd89facdde5d4c297cfa0f2cb0f",
              "instanceOfferingUuid": "abfce2ff8e4ccb36f7c47b407b1797f2",
              "rootVolumeUuid": "9a820d3bff4bc573e48a67f94866c678",
              "platform": "platform",
              "defaultL3NetworkUuid": "cb35d4c4046966a95d4070edbb9d432c",
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
                  "uuid": "51053bf882a82997b19423ff5c5b9781",
                  "vmInstanceUuid": "39cff0aec224ee43f0cc4e662f0a457b",
                  "l3NetworkUuid": "59ddf9466321c397ac3ee6fe600bbddb",
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
                      "uuid": "224cfd908832543502ee3b17d904677d",
                      "ipRangeUuid": "df6e88bd19177af0a738c251bb3d9b40",
                      "l3NetworkUuid": "e609e0310f33924137fca1844c396145",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "3abb5343599642e18b1b4cf485e25372",
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
                  "uuid": "c929fcfdf4e6c82b8388a437dbbd944c",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "061f0427e0bead0e61a8f99cff5a5d74",
                  "vmInstanceUuid": "86ceefb565fdc80f6f002725985ba9da",
                  "diskOfferingUuid": "70a9e5612b6df32caa674336d8678ba0",
                  "rootImageUuid": "0288dd42edbe0b1bf38d0c875faf2eda",
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
                  "lastVmInstanceUuid": "8189dd503226101358bd6d9265cb103e"
                }
              ]
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
    public func queryVirtualRouterVmByUuid(
        _ request: QueryVirtualRouterVmByUuid.Request
    ) async throws -> QueryVirtualRouterVmByUuid.Response {
        try Self.example(QueryVirtualRouterVmByUuid.Response.self, json: Self.queryVirtualRouterVmByUuidExample)
    }
}
