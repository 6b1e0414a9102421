public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryApplianceVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryApplianceVmExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "applianceVmType": "applianceVmType",
              "managementNetworkUuid": "3f99f835616398563f2822ff00cf3f75",
              "defaultRouteL3NetworkUuid": "e206bf6646cfe26281facfde68a87897",
              "status": "status",
              "agentPort": 1,
              "uuid": "c684a46b770f6c4276afdd4fbe2a470c",
              "name": "name",
              "description": "description",
              "zoneUuid": "6ce87b155ff6d28094ec0c174cdb6a74",
              "clusterUuid": "0a52de19cfdc1d4d4d70b0844675053a",
              "imageUuid": "7578063f2e5b8aa0533ada7914bc441f",
              "hostUuid": "4ec682a6de10ef30cd9e9e304444dda0",
              "lastHostUuid": "a4089da32528e5489d12fb8c7816779f",
              "instanceOfferingUuid": "901eab344583271791a3be228cff2a3a",
              "rootVolumeUuid": "e123499e509c69fe821ed694acce8ff4",
              "platform": "platform",
              "defaultL3NetworkUuid": "4e3296acf7ec81b4e802343cb8bc7b87",
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
                  "uuid": "ea89f96940511bdac7c5fab3b613c31a",
                  "vmInstanceUuid": "1c79b0ad7286dbc2aabd78b87d0e0bdd",
                  "l3NetworkUuid": "5584659fd82525e092cff250016a8acd",
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
                      "uuid": "d80d7e1b5bfadc62fd0e7ff4966c9b6b",
                      "ipRangeUuid": "1dc0345cb5aba009770f1a40e8888fa9",
                      "l3NetworkUuid": "43fcf383f8c42e18d0c3d1e182cc8c41",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "ce813cc9aa9314a864a908640a9a4800",
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
                  "uuid": "4381da77314fbbdaa3d55f05c1dbab16",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "2d87257de1863dfb1fb500624b53ed92",
                  "vmInstanceUuid": "23ace7bd11b173224b2655ee42599100",
                  "diskOfferingUuid": "1d240b8b2e2da551ecc47df244cbc9cf",
                  "rootImageUuid": "9e0c32b11c9f714c0b60ada9b8f099e1",
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
                  "lastVmInstanceUuid": "9650519ee2edcb4eb7b6b218993a4fea"
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
    public func queryApplianceVm(
        _ request: QueryApplianceVm.Request
    ) async throws -> QueryApplianceVm.Response {
        try Self.example(QueryApplianceVm.Response.self, json: Self.queryApplianceVmExample)
    }
}
