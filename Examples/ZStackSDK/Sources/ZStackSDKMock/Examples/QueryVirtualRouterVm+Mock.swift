public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVirtualRouterVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVirtualRouterVmExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "applianceVmType": "applianceVmType",
              "managementNetworkUuid": "5af0dac08d488cc176a607ff73955eb3",
              "defaultRouteL3NetworkUuid": "44463acc3877fbc1250f71a8dcb62e9b",
              "status": "status",
              "agentPort": 1,
              "uuid": "816c9cbef9e0c993761ed015e7d49f77",
              "name": "name",
              "description": "description",
              "zoneUuid": "92a8c741610b11bd58ce398d0e956b0d",
              "clusterUuid": "d56169cda60de0ca21bf751eac7bed96",
              "imageUuid": "2a7de3ad628b467fe3cc98b48d030629",
              "hostUuid": "70b557b24cc87979e92463a543909f1f",
              "lastHostUuid": "addc4c602e4570c54f55d0b0fa009651",
              "instanceOfferingUuid": "3fb62d4fb78b069e423c6fae8b8ddfa8",
              "rootVolumeUuid": "bab547471e146a4fe258e81c84b59258",
              "platform": "platform",
              "defaultL3NetworkUuid": "b144cd5c33d2ec39168d32f59a413689",
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
                  "uuid": "4680febed127010f765071f9ebca42d5",
                  "vmInstanceUuid": "e71cf30f25e4068f19804de6e239b03e",
                  "l3NetworkUuid": "9b2e563bad18360bd25c315f467edfd2",
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
                      "uuid": "0a0f453bcb857d45b18b880f681ae87e",
                      "ipRangeUuid": "c1cfa7527e7cb3c0b08d61d27381a944",
                      "l3NetworkUuid": "55e009c83fd397257051eef43b04ee6f",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "a35319e7d97d38b91345b42f2b1eab5e",
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
                  "uuid": "fade11f7b83868b78081a886d68f63be",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "09cc1063c13b0d32d9a9393ed4afd907",
                  "vmInstanceUuid": "0f308a55581cc4c71792b15583ff192a",
                  "diskOfferingUuid": "30e404e112261eecfe85ea45408be161",
                  "rootImageUuid": "0c41b5ac528ca43b58849bb75bcd8de6",
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
                  "lastVmInstanceUuid": "d16e5ca5613da6a7dd868b341d0bcc26"
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
    public func queryVirtualRouterVm(
        _ request: QueryVirtualRouterVm.Request
    ) async throws -> QueryVirtualRouterVm.Response {
        try Self.example(QueryVirtualRouterVm.Response.self, json: Self.queryVirtualRouterVmExample)
    }
}
