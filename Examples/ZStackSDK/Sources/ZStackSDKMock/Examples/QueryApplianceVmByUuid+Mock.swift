public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryApplianceVmByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryApplianceVmByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "applianceVmType": "applianceVmType",
              "managementNetworkUuid": "5f204b85abecd8ba59751c238029d5b6",
              "defaultRouteL3NetworkUuid": "14a65d8d4031bd2a2bfed50a25117c76",
              "status": "status",
              "agentPort": 1,
              "uuid": "cfe3128541f40c3a2ebe9a9af1aadba2",
              "name": "name",
              "description": "description",
              "zoneUuid": "3da68fbbd570383064569a828ed9371e",
              "clusterUuid": "9f54cb935f70a1e949018b63b811ad94",
              "imageUuid": "e1d8dcdcf7c2f214206f8a2863c73608",
              "hostUuid": "e3c317cb5cbfa6a4716de074042dc323",
              "lastHostUuid": "5334ff77321f7c38b20f53a8898a3549",
              "instanceOfferingUuid": "ed37a498c6249cbf7e7393a0da0cfe1f",
              "rootVolumeUuid": "8bc78b46b14b637a72345131506fd924",
              "platform": "platform",
              "defaultL3NetworkUuid": "54ac225adef9489cf6cac7642eac1499",
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
                  "uuid": "d1116e50ca18db8abf19e21087781785",
                  "vmInstanceUuid": "8b1ceec8d0eda2e68deb3a6ff6719b16",
                  "l3NetworkUuid": "9fe4b03d2387a758f91b2b6582ef9677",
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
                      "uuid": "b8c319ff468594f6a702eed8c973d4b6",
                      "ipRangeUuid": "556682e32365ab912739b7f20a8d15d8",
                      "l3NetworkUuid": "b8d917deb92fa42c8c9973321104f2fb",
                      "ipVersion": 1,
                      "ip": "ip",
                      "netmask": "netmask",
                      "gateway": "gateway",
                      "usedFor": "usedFor",
                      "ipInLong": 1,
                      "ipInBinary": [
                        1
                      ],
                      "vmNicUuid": "7baf7c98f81f8390aab308382c70dd08",
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
                  "uuid": "a848d290b8e3d40ea761db785fd94046",
                  "name": "name",
                  "description": "description",
                  "primaryStorageUuid": "8045be49a05fd0ef06c6a6a1de4c3a2d",
                  "vmInstanceUuid": "08c1e50dd54cff92fd00df0b4043a3a6",
                  "diskOfferingUuid": "c097426f031308e910faf9e997434a38",
                  "rootImageUuid": "a77da6a779aa09e086b3e361479f506e",
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
                  "lastVmInstanceUuid": "eab5b833d80c2dea8868f43aa3960a3e"
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
    public func queryApplianceVmByUuid(
        _ request: QueryApplianceVmByUuid.Request
    ) async throws -> QueryApplianceVmByUuid.Response {
        try Self.example(QueryApplianceVmByUuid.Response.self, json: Self.queryApplianceVmByUuidExample)
    }
}
